-- National rules (province CN) apply where a province has no row of its own for the type and variant.
-- Sources: see docs/leave-rules.md; each row names its own.
insert into leave.statutory_rule (province, type_code, variant, days, day_basis, per, effective_from, source) values
 ('CN', 'MATERNITY', 'BASE', 98, 'CALENDAR_DAYS', 'REQUEST', '2012-04-28', '女职工劳动保护特别规定 (国务院令第619号) 第七条'),
 ('CN', 'MATERNITY', 'DIFFICULT_BIRTH', 15, 'CALENDAR_DAYS', 'REQUEST', '2012-04-28', '女职工劳动保护特别规定 第七条: 难产增加产假15天'),
 ('CN', 'MATERNITY', 'EACH_ADDITIONAL_BABY', 15, 'CALENDAR_DAYS', 'REQUEST', '2012-04-28', '女职工劳动保护特别规定 第七条: 多胞胎每多生育1个婴儿增加15天'),
 ('CN', 'MATERNITY', 'MISCARRIAGE_UNDER_4_MONTHS', 15, 'CALENDAR_DAYS', 'REQUEST', '2012-04-28', '女职工劳动保护特别规定 第七条: 怀孕未满4个月流产15天'),
 ('CN', 'MATERNITY', 'MISCARRIAGE_FROM_4_MONTHS', 42, 'CALENDAR_DAYS', 'REQUEST', '2012-04-28', '女职工劳动保护特别规定 第七条: 怀孕满4个月流产42天'),
 ('CN', 'MARRIAGE', 'BASE', 3, 'WORKING_DAYS', 'REQUEST', '1980-02-20', '国家劳动总局 财政部《关于国营企业职工请婚丧假和路程假问题的通知》(〔80〕劳总薪字29号): 婚假1至3天'),
 ('CN', 'BEREAVEMENT', 'BASE', 3, 'WORKING_DAYS', 'REQUEST', '1980-02-20', '〔80〕劳总薪字29号: 直系亲属死亡丧假1至3天'),
 ('BJ', 'MATERNITY', 'EXTENSION', 60, 'CALENDAR_DAYS', 'REQUEST', '2021-11-26', '北京市人口与计划生育条例 (2021年11月26日修正) 第十九条: 延长生育假60日'),
 ('BJ', 'PATERNITY', 'BASE', 15, 'CALENDAR_DAYS', 'REQUEST', '2021-11-26', '北京市人口与计划生育条例 (2021修正) 第十九条: 配偶陪产假15日'),
 ('BJ', 'PARENTAL', 'PER_CHILD_UNDER_3', 5, 'WORKING_DAYS', 'YEAR', '2021-11-26', '北京市人口与计划生育条例 (2021修正) 第十九条: 子女满三周岁前夫妻每年各享受育儿假5个工作日'),
 ('BJ', 'MARRIAGE', 'BASE', 10, 'WORKING_DAYS', 'REQUEST', '2016-03-24', '北京市人口与计划生育条例 (2016修正) 第十八条: 国家规定婚假外增加婚假7天'),
 ('SH', 'MATERNITY', 'EXTENSION', 60, 'CALENDAR_DAYS', 'REQUEST', '2021-11-25', '上海市人口与计划生育条例 (2021年11月25日修正) 第三十一条: 增加生育假60天'),
 ('SH', 'PATERNITY', 'BASE', 10, 'CALENDAR_DAYS', 'REQUEST', '2021-11-25', '上海市人口与计划生育条例 (2021修正) 第三十一条: 配偶陪产假10天'),
 ('SH', 'PARENTAL', 'PER_CHILD_UNDER_3', 5, 'WORKING_DAYS', 'YEAR', '2021-11-25', '上海市人口与计划生育条例 (2021修正) 第三十一条: 子女满三周岁前夫妻每年各享受育儿假5天'),
 ('SH', 'MARRIAGE', 'BASE', 10, 'WORKING_DAYS', 'REQUEST', '2016-03-01', '上海市人口与计划生育条例 (2016修正) 第三十条: 国家规定婚假外增加婚假7天'),
 ('GD', 'MATERNITY', 'EXTENSION', 80, 'CALENDAR_DAYS', 'REQUEST', '2021-12-01', '广东省人口与计划生育条例 (2021年12月1日修正) 第三十条: 延长产假80日'),
 ('GD', 'PATERNITY', 'BASE', 15, 'CALENDAR_DAYS', 'REQUEST', '2021-12-01', '广东省人口与计划生育条例 (2021修正) 第三十条: 配偶陪产假15日'),
 ('GD', 'PARENTAL', 'PER_CHILD_UNDER_3', 10, 'WORKING_DAYS', 'YEAR', '2021-12-01', '广东省人口与计划生育条例 (2021修正) 第三十条: 子女满三周岁前夫妻每年各享受育儿假10日'),
 ('GD', 'MARRIAGE', 'BASE', 3, 'WORKING_DAYS', 'REQUEST', '2016-01-01', '广东省人口与计划生育条例 (2016修正): 无延长婚假, 适用国家规定3天'),
 ('SX', 'MATERNITY', 'EXTENSION', 60, 'CALENDAR_DAYS', 'REQUEST', '2021-09-29', '山西省人口和计划生育条例 (2021年9月29日修正) 第二十五条: 增加产假60天'),
 ('SX', 'PATERNITY', 'BASE', 15, 'CALENDAR_DAYS', 'REQUEST', '2021-09-29', '山西省人口和计划生育条例 (2021修正) 第二十五条: 男方护理假15天'),
 ('SX', 'PARENTAL', 'PER_CHILD_UNDER_3', 15, 'WORKING_DAYS', 'YEAR', '2021-09-29', '山西省人口和计划生育条例 (2021修正) 第二十五条: 子女三周岁以下夫妻每年各享受育儿假15天'),
 ('SX', 'MARRIAGE', 'BASE', 30, 'CALENDAR_DAYS', 'REQUEST', '2016-01-20', '山西省人口和计划生育条例 (2016修正) 第二十四条: 国家规定婚假外增加婚假27天, 共30天');

insert into leave.sick_pay_rule (province, min_percent_of_minimum_wage, effective_from, source) values
 ('CN', 80, '1995-08-04', '劳动部《关于贯彻执行〈中华人民共和国劳动法〉若干问题的意见》(劳部发〔1995〕309号) 第59条: 病假工资可以低于当地最低工资标准支付, 但不能低于最低工资标准的80%');
